using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class TenderConfiguration : IEntityTypeConfiguration<Tender>
{
    public void Configure(EntityTypeBuilder<Tender> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.WinningVendor).HasMaxLength(200);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(t => t.WinningVendorId).OnDelete(DeleteBehavior.Restrict);
    }
}

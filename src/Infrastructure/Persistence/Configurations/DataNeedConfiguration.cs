using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DataNeedConfiguration : IEntityTypeConfiguration<DataNeed>
{
    public void Configure(EntityTypeBuilder<DataNeed> builder)
    {
        builder.Property(n => n.Code).HasMaxLength(20);
        builder.HasIndex(n => n.Code).IsUnique();
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Description).HasMaxLength(DataNeed.TextMaxLength);
        builder.Property(n => n.Purpose).HasMaxLength(DataNeed.TextMaxLength);
        builder.Property(n => n.LegalBasis).HasMaxLength(DataNeed.TextMaxLength);
        builder.Property(n => n.DeclineReason).HasMaxLength(DataNeed.TextMaxLength);
        builder.HasOne<Department>().WithMany().HasForeignKey(n => n.RequesterDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(n => n.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(n => n.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.Status, n.AnswerDueOn });
        builder.Ignore(n => n.IsOpen);
        builder.Ignore(n => n.AnsweredInTime);
    }
}

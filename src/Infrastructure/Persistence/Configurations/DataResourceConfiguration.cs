using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DataResourceConfiguration : IEntityTypeConfiguration<DataResource>
{
    public void Configure(EntityTypeBuilder<DataResource> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.HasIndex(r => r.Name);
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.Format).HasMaxLength(40);
        builder.Property(r => r.LegalBasisForNotSharing).HasMaxLength(1000);
        builder.HasIndex(r => r.SharingType);
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.SharingConditions).HasMaxLength(1000);
        builder.HasIndex(r => r.OpenType);
        builder.HasIndex(r => r.Classification);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class SharingRequestConfiguration : IEntityTypeConfiguration<SharingRequest>
{
    public void Configure(EntityTypeBuilder<SharingRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Purpose).HasMaxLength(1000);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000);
        builder.Property(r => r.RefusalReason).HasMaxLength(1000);
        builder.Property(r => r.UsageFeedback).HasMaxLength(2000);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(r => r.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.RequesterDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.SubmittedOn });
        builder.HasIndex(r => r.SubmittedOn);
    }
}

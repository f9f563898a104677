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
        builder.Ignore(r => r.NextUpdateDueOn);
    }
}

internal sealed class DataQualityIssueConfiguration : IEntityTypeConfiguration<DataQualityIssue>
{
    public void Configure(EntityTypeBuilder<DataQualityIssue> builder)
    {
        builder.Property(i => i.Description).HasMaxLength(DataQualityIssue.TextMaxLength);
        builder.Property(i => i.Evidence).HasMaxLength(DataQualityIssue.TextMaxLength);
        builder.Property(i => i.Answer).HasMaxLength(DataQualityIssue.TextMaxLength);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(i => i.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.ReportedByDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ResourceId, i.ReportedOn });
        builder.HasIndex(i => new { i.AnsweredOn, i.AnswerDueOn });
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.AnsweredInTime);
    }
}

using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Code).HasMaxLength(20);
        builder.HasIndex(v => v.Code).IsUnique();
        builder.Property(v => v.Name).HasMaxLength(Vendor.NameMaxLength);
        builder.Property(v => v.CreditCode).HasMaxLength(18);
        builder.HasIndex(v => v.CreditCode).IsUnique();
        builder.Property(v => v.RetirementReason).HasMaxLength(1000);
        builder.Ignore(v => v.IsActive);
    }
}

internal sealed class TenderExemptionConfiguration : IEntityTypeConfiguration<TenderExemption>
{
    public void Configure(EntityTypeBuilder<TenderExemption> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(TenderExemption.ReasonMaxLength);
        builder.Property(e => e.GrantedBy).HasMaxLength(200);
        builder.ComplexProperty(e => e.Ceiling, m => m.MapMoney("Ceiling"));
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ProjectId);
    }
}

internal sealed class SupervisionReportConfiguration : IEntityTypeConfiguration<SupervisionReport>
{
    public void Configure(EntityTypeBuilder<SupervisionReport> builder)
    {
        builder.Property(r => r.Issues).HasMaxLength(SupervisionReport.IssuesMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(r => r.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        // One report per supervisor per month, also when two are recorded at once.
        builder.HasIndex(r => new { r.ProjectId, r.SupervisorId, r.Month }).IsUnique();
    }
}

internal sealed class ProjectRiskConfiguration : IEntityTypeConfiguration<ProjectRisk>
{
    public void Configure(EntityTypeBuilder<ProjectRisk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(ProjectRisk.TextMaxLength);
        builder.Property(r => r.Owner).HasMaxLength(ProjectRisk.TextMaxLength);
        builder.Property(r => r.Mitigation).HasMaxLength(ProjectRisk.TextMaxLength);
        builder.Property(r => r.EscalationReason).HasMaxLength(ProjectRisk.TextMaxLength);
        builder.Property(r => r.ClosingNote).HasMaxLength(ProjectRisk.TextMaxLength);
        builder.Property(r => r.RaisedBy).HasMaxLength(200);
        builder.Ignore(r => r.Score);
        builder.Ignore(r => r.Severity);
        builder.Ignore(r => r.IsEscalated);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        builder.HasIndex(r => r.EscalatedAt);
    }
}

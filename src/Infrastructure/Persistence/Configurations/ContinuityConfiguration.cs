using InfoGov.Domain.Departments;
using InfoGov.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class EmergencyPlanConfiguration : IEntityTypeConfiguration<EmergencyPlan>
{
    public void Configure(EntityTypeBuilder<EmergencyPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Scenarios).HasMaxLength(EmergencyPlan.TextMaxLength);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.SystemId);
        builder.Ignore(p => p.DrillDueOn);
    }
}

internal sealed class EmergencyDrillConfiguration : IEntityTypeConfiguration<EmergencyDrill>
{
    public void Configure(EntityTypeBuilder<EmergencyDrill> builder)
    {
        builder.Property(d => d.Scenario).HasMaxLength(500);
        builder.Property(d => d.Findings).HasMaxLength(EmergencyPlan.TextMaxLength);
        builder.HasOne<EmergencyPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(d => d.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.SystemId, d.HeldOn });
        builder.HasIndex(d => d.PlanId);
    }
}

internal sealed class SecurityReviewConfiguration : IEntityTypeConfiguration<SecurityReview>
{
    public void Configure(EntityTypeBuilder<SecurityReview> builder)
    {
        builder.Property(r => r.PerformedBy).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(SecurityReview.TextMaxLength);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SystemId, r.PerformedOn });
    }
}

internal sealed class SecurityFindingConfiguration : IEntityTypeConfiguration<SecurityFinding>
{
    public void Configure(EntityTypeBuilder<SecurityFinding> builder)
    {
        builder.Property(f => f.Description).HasMaxLength(SecurityReview.TextMaxLength);
        builder.Property(f => f.Remedy).HasMaxLength(SecurityReview.TextMaxLength);
        builder.Property(f => f.Resolution).HasMaxLength(SecurityReview.TextMaxLength);
        builder.HasOne<SecurityReview>().WithMany().HasForeignKey(f => f.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(f => f.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ReviewId, f.Number }).IsUnique();
        builder.HasIndex(f => new { f.SystemId, f.ResolvedOn });
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.Property(t => t.Topic).HasMaxLength(200);
        builder.Property(t => t.Hours).HasPrecision(5, 1);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(t => t.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.DepartmentId, t.HeldOn });
        builder.Ignore(t => t.PersonHours);
    }
}

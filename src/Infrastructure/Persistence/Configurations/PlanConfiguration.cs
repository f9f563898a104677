using InfoGov.Domain.Departments;
using InfoGov.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(Plan.MaxTitleLength);
        builder.Property(p => p.Objectives).HasMaxLength(Plan.MaxObjectivesLength);
        builder.Property(p => p.OfficeComment).HasMaxLength(Plan.MaxCommentLength);
        builder.Property(p => p.EndorsedBy).HasMaxLength(200);
        builder.ComplexProperty(p => p.BudgetEnvelope, m => m.MapMoney("BudgetEnvelope"));
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // One plan of a kind per department and period: a returned plan is revised, not drafted anew.
        builder.HasIndex(p => new { p.DepartmentId, p.Kind, p.StartYear }).IsUnique();
        builder.Ignore(p => p.EndYear);
        builder.Ignore(p => p.IsEditable);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(PlanItem.MaxTitleLength);
        builder.Property(i => i.Description).HasMaxLength(PlanItem.MaxDescriptionLength);
        builder.Property(i => i.ResponsiblePerson).HasMaxLength(PlanItem.MaxPersonLength);
        builder.ComplexProperty(i => i.PlannedBudget, m => m.MapMoney("PlannedBudget"));
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.PlanId, i.Year });
    }
}

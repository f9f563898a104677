using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.FeasibilityStudyReference).HasMaxLength(100);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.DeliveryConfidence);
        builder.Property(p => p.ResponsiblePerson).HasMaxLength(Project.ResponsiblePersonMaxLength);
        builder.HasIndex(p => p.Level);
        builder.HasIndex(p => p.FundingCategory);
        builder.HasIndex(p => p.SubmittedOn);
        builder.HasIndex(p => p.IsPublished);
        builder.ComplexProperty(p => p.CurrentPlan, plan => plan.MapPlan("Current"));
        builder.ComplexProperty(p => p.Baseline, plan => plan.MapPlan("Baseline"));
        // New revisions are saved through the project; reads go to the revisions' own table.
        builder.HasMany(p => p.BaselineRevisions).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InfoGov.Domain.Planning.PlanItem>().WithMany().HasForeignKey(p => p.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PlanItemId);
        builder.Ignore(p => p.IsMajor);
        builder.Ignore(p => p.IsEditable);
    }
}

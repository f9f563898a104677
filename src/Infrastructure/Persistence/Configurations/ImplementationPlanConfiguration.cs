using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ImplementationPlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Tasks).HasMaxLength(4000);
        builder.Property(p => p.SystemDesign).HasMaxLength(4000);
        builder.Property(p => p.EquipmentSelection).HasMaxLength(4000);
        builder.Property(p => p.Schedule).HasMaxLength(4000);
        builder.Property(p => p.ReviewComments).HasMaxLength(ImplementationPlan.CommentsMaxLength);
        builder.Property(p => p.ReviewedBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.ProjectId, p.Number }).IsUnique();
    }
}

using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProjectId, c.RequestedAt });
        builder.HasIndex(c => c.Status);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.DecisionNote).HasMaxLength(2000);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.ComplexProperty(c => c.ProposedPlan, plan => plan.MapPlan("Proposed"));
    }
}

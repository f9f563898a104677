using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class BaselineRevisionConfiguration : IEntityTypeConfiguration<BaselineRevision>
{
    public void Configure(EntityTypeBuilder<BaselineRevision> builder)
    {
        // A revision is named by its project and number; the key also keeps numbers unique per project.
        builder.HasKey(r => new { r.ProjectId, r.Revision });
        builder.ComplexProperty(r => r.Plan, plan => plan.MapPlan(""));
        builder.Property(r => r.ApprovedBy).HasMaxLength(200);
        builder.HasOne<ChangeRequest>().WithMany().HasForeignKey(r => r.ChangeRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

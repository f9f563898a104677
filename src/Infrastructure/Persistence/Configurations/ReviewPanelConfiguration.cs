using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ReviewPanelConfiguration : IEntityTypeConfiguration<ReviewPanel>
{
    public void Configure(EntityTypeBuilder<ReviewPanel> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.ConclusionSummary).HasMaxLength(2000);
        builder.Property(p => p.DrawCategory).HasMaxLength(40);
        builder.Property(p => p.DrawCandidates).HasMaxLength(4000);
        builder.Property(p => p.ContraryReason).HasMaxLength(2000);
        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.IsContraryToPanel);
    }
}

using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ConfidenceRatingConfiguration : IEntityTypeConfiguration<ConfidenceRating>
{
    public void Configure(EntityTypeBuilder<ConfidenceRating> builder)
    {
        builder.Property(r => r.Narrative).HasMaxLength(ConfidenceRating.NarrativeMaxLength);
        builder.Property(r => r.RatedBy).HasMaxLength(200);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
    }
}

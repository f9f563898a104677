using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ExpertOpinionConfiguration : IEntityTypeConfiguration<ExpertOpinion>
{
    public void Configure(EntityTypeBuilder<ExpertOpinion> builder)
    {
        builder.Property(o => o.Opinion).HasMaxLength(4000);
        builder.HasOne<ReviewPanel>().WithMany().HasForeignKey(o => o.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Expert>().WithMany().HasForeignKey(o => o.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PanelId, o.ExpertId }).IsUnique();
    }
}

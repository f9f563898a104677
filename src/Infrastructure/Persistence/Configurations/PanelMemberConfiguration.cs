using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.HasKey(m => new { m.PanelId, m.ExpertId });
        builder.HasOne<ReviewPanel>().WithMany().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Expert>().WithMany().HasForeignKey(m => m.ExpertId).OnDelete(DeleteBehavior.Restrict);
    }
}

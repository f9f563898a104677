using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class AcceptanceOpinionConfiguration : IEntityTypeConfiguration<AcceptanceOpinion>
{
    public void Configure(EntityTypeBuilder<AcceptanceOpinion> builder)
    {
        builder.HasIndex(o => new { o.AcceptanceId, o.ExpertId }).IsUnique();
        builder.HasOne<Expert>().WithMany().HasForeignKey(o => o.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Comment).HasMaxLength(2000);
    }
}

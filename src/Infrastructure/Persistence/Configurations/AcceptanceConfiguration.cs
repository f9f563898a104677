using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class AcceptanceConfiguration : IEntityTypeConfiguration<Acceptance>
{
    public void Configure(EntityTypeBuilder<Acceptance> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProjectId, a.HeldOn });
        builder.Property(a => a.Conditions).HasMaxLength(2000);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.Property(a => a.ExpertCodes).HasMaxLength(1000);
        builder.Ignore(a => a.IsOpen);
        builder.HasMany<AcceptanceOpinion>().WithOne().HasForeignKey(o => o.AcceptanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

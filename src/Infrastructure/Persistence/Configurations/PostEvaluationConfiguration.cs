using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class PostEvaluationConfiguration : IEntityTypeConfiguration<PostEvaluation>
{
    public void Configure(EntityTypeBuilder<PostEvaluation> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.ReturnOnInvestment).HasPrecision(9, 4);
        builder.Property(e => e.Summary).HasMaxLength(2000);
    }
}

using InfoGov.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorResultConfiguration : IEntityTypeConfiguration<IndicatorResult>
{
    public void Configure(EntityTypeBuilder<IndicatorResult> builder)
    {
        builder.HasOne<Assessment>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.AssessmentId, i.Indicator }).IsUnique();
        builder.Property(i => i.Target).HasPrecision(9, 4);
        builder.Property(i => i.Actual).HasPrecision(9, 4);
        builder.Property(i => i.Weight).HasPrecision(9, 2);
        builder.Ignore(i => i.Score);
    }
}

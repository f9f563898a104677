using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // One report per project per month; also the index the "latest report" lookup uses.
        builder.HasIndex(r => new { r.ProjectId, r.Month }).IsUnique();
        builder.ComplexProperty(r => r.SpendToDate, m => m.MapMoney("SpendToDate"));
        builder.Property(r => r.Issues).HasMaxLength(2000);
        builder.Property(r => r.Risks).HasMaxLength(2000);
        builder.Property(r => r.Explanation).HasMaxLength(2000);
    }
}

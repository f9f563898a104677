using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeTargetConfiguration : IEntityTypeConfiguration<ProgrammeTarget>
{
    public void Configure(EntityTypeBuilder<ProgrammeTarget> builder)
    {
        builder.ToTable("ProgrammeTargets");
        builder.Property(t => t.Unit).HasMaxLength(40);
        builder.Property(t => t.Quantity).HasPrecision(18, 2);
        builder.Property(t => t.Note).HasMaxLength(500);
        builder.HasIndex(t => new { t.ProgrammeId, t.Year, t.Unit }).IsUnique();
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

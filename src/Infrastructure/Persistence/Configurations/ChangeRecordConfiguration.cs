using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.Property(c => c.EntityType).HasMaxLength(100);
        builder.Property(c => c.PriorState).HasMaxLength(100_000);
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
    }
}

internal sealed class ChangeSequenceConfiguration : IEntityTypeConfiguration<ChangeSequence>
{
    public void Configure(EntityTypeBuilder<ChangeSequence> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // The one row exists from the migration on; writers only ever raise it.
        builder.HasData(new ChangeSequence { Id = ChangeSequence.SingletonId, Value = 0 });
    }
}

using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class HistoricalVersionConfiguration : IEntityTypeConfiguration<HistoricalVersion>
{
    public void Configure(EntityTypeBuilder<HistoricalVersion> builder)
    {
        builder.Property(v => v.EntityType).HasMaxLength(100);
        // A whole entity's values: past the model's default string length (nvarchar(max) on SQL Server).
        builder.Property(v => v.State).HasMaxLength(100_000);
        // "The version of X valid at T" and "X's open version" both start from the entity.
        builder.HasIndex(v => new { v.EntityId, v.ValidFrom });
        builder.HasIndex(v => new { v.EntityId, v.ValidTo });
    }
}

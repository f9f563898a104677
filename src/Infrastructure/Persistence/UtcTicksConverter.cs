using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Stores an instant as UTC ticks so SQLite can compare and order instants.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

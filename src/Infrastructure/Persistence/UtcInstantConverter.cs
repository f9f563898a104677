using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Writes an instant at offset zero (the same instant), for column types that store UTC only.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>Instants are stored as UTC; SQLite hands them back unspecified, so the kind is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

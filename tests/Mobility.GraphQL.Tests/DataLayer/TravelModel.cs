using Microsoft.EntityFrameworkCore;

namespace Mobility.GraphQL.Tests.DataLayer;

public sealed class Country
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class Host
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? City { get; set; }

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;

    public List<Placement> Placements { get; set; } = [];
}

public enum PlacementStatus
{
    Planned,
    Confirmed,
    Completed,
}

public sealed class Placement
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public PlacementStatus Status { get; set; }

    public int Weeks { get; set; }

    public double Grant { get; set; }

    public bool Funded { get; set; }

    public DateOnly Start { get; set; }

    public int HostId { get; set; }

    public Host Host { get; set; } = null!;

    public Guid? LearnerId { get; set; }

    public Learner? Learner { get; set; }
}

public sealed class Learner
{
    public Guid Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Town { get; set; }
}

public sealed class TravelDb(DbContextOptions<TravelDb> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Host> Hosts => Set<Host>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<Learner> Learners => Set<Learner>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Placement>().Property(p => p.Id).ValueGeneratedNever();
        modelBuilder.Entity<Host>().Property(p => p.Id).ValueGeneratedNever();
        modelBuilder.Entity<Country>().Property(p => p.Id).ValueGeneratedNever();
    }
}

/// <summary>The rows every scenario starts with; the expectations are computed from the same lists in memory.</summary>
public static class TravelData
{
    public static readonly Country[] Countries =
    [
        new() { Id = 1, Code = "PL", Name = "Poland" },
        new() { Id = 2, Code = "FR", Name = "France" },
        new() { Id = 3, Code = "DE", Name = "Germany" },
    ];

    public static readonly Host[] Hosts =
    [
        new() { Id = 1, Name = "Łódź Works", City = "Łódź", CountryId = 1 },
        new() { Id = 2, Name = "École Hôtelière", City = "Paris", CountryId = 2 },
        new() { Id = 3, Name = "Bäckerei Müller", City = "Köln", CountryId = 3 },
        new() { Id = 4, Name = "100% Crafts", City = null, CountryId = 1 },
        new() { Id = 5, Name = "Crafts_Shop", City = "Lyon", CountryId = 2 },
        new() { Id = 6, Name = "Empty Hall", City = "Berlin", CountryId = 3 },
    ];

    public static readonly Learner[] Learners =
    [
        .. Enumerable.Range(1, 12).Select(i => new Learner
        {
            Id = new Guid(i * 7919, (short)i, (short)(i * 3), [(byte)i, 2, 3, 4, 5, 6, 7, (byte)(255 - i)]),
            FirstName = i % 3 == 0 ? "Zoé" : "Ana",
            LastName = i % 2 == 0 ? "Nowak" : "Dubois",
            Town = i % 4 == 0 ? null : "Town " + (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),
    ];

    public static readonly Placement[] Placements =
    [
        .. Enumerable.Range(1, 25).Select(i => new Placement
        {
            Id = i,
            Title = $"Placement {i:00}" + (i % 6 == 0 ? " (kitchen)" : ""),
            Status = (PlacementStatus)(i % 3),
            Weeks = 2 + (i * 7 % 9),
            Grant = 100.5 * (i % 4),
            Funded = i % 2 == 0,
            Start = new DateOnly(2026, 1 + (i % 12), 1 + (i % 27)),
            HostId = 1 + (i % 5),
            LearnerId = i % 5 == 0 ? null : Learners[i % Learners.Length].Id,
        }),
    ];

    public static async Task SeedAsync(TravelDb db)
    {
        await db.Database.EnsureCreatedAsync();
        db.Countries.AddRange(Countries.Select(c => new Country { Id = c.Id, Code = c.Code, Name = c.Name }));
        db.Hosts.AddRange(Hosts.Select(h => new Host { Id = h.Id, Name = h.Name, City = h.City, CountryId = h.CountryId }));
        db.Learners.AddRange(Learners.Select(l => new Learner { Id = l.Id, FirstName = l.FirstName, LastName = l.LastName, Town = l.Town }));
        db.Placements.AddRange(Placements.Select(p => new Placement
        {
            Id = p.Id, Title = p.Title, Status = p.Status, Weeks = p.Weeks, Grant = p.Grant, Funded = p.Funded, Start = p.Start,
            HostId = p.HostId, LearnerId = p.LearnerId,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>The rows joined in memory, to compute what the database must answer.</summary>
    public static List<Placement> Joined()
    {
        var countries = Countries.ToDictionary(c => c.Id);
        var hosts = Hosts.Select(h => new Host { Id = h.Id, Name = h.Name, City = h.City, CountryId = h.CountryId, Country = countries[h.CountryId] }).ToDictionary(h => h.Id);
        var learners = Learners.ToDictionary(l => l.Id);
        return [.. Placements.Select(p => new Placement
        {
            Id = p.Id, Title = p.Title, Status = p.Status, Weeks = p.Weeks, Grant = p.Grant, Funded = p.Funded, Start = p.Start,
            HostId = p.HostId, Host = hosts[p.HostId], LearnerId = p.LearnerId, Learner = p.LearnerId is { } id ? learners[id] : null,
        })];
    }
}

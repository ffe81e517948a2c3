namespace Mobility.GraphQL.Tests.CodeFirst.Abstract;

/// <summary>Anything with a name.</summary>
public interface INamed
{
    string Name { get; }
}

/// <summary>Someone who takes part in a mobility.</summary>
public interface IParticipant : INamed
{
    Guid Id { get; }
}

/// <summary>What a search finds.</summary>
[UnionType("SearchResult")]
public interface ISearchResult;

[GraphQLName("Learner")]
public sealed record LearnerRecord(Guid Id, string Name, int Age) : IParticipant;

public sealed record StaffMember(Guid Id, string Name, string Role) : IParticipant, ISearchResult;

/// <summary>A participant class no field returns and nobody registered.</summary>
public sealed record Stranger(Guid Id, string Name) : IParticipant;

/// <summary>An organisation: a school or a company.</summary>
public abstract class Organisation
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }
}

public sealed class School : Organisation, ISearchResult
{
    public required string Uai { get; init; }
}

public sealed class Company : Organisation
{
    public required string Sector { get; init; }
}

/// <summary>A runtime subclass (like an ORM proxy) resolves to its nearest mapped base class.</summary>
public class Host
{
    public required string City { get; init; }
}

public sealed class HostProxy : Host;

public sealed class AbstractQueries
{
    private static readonly Guid AdaId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    public static IReadOnlyList<IParticipant> GetParticipants() =>
        [new LearnerRecord(AdaId, "Ada", 17), new StaffMember(Guid.Empty, "Bea", "Teacher")];

    public static IReadOnlyList<Organisation> GetOrganisations() =>
        [new School { Id = Guid.Empty, Name = "Lycée Diderot", Uai = "0750001A" }, new Company { Id = AdaId, Name = "Boulangerie", Sector = "Food" }];

    public static IReadOnlyList<ISearchResult> Search(string text) =>
        [.. new ISearchResult[] { new School { Id = Guid.Empty, Name = "Lycée " + text, Uai = "0750001A" }, new StaffMember(AdaId, "Bea " + text, "Tutor") }];

    public static IParticipant GetStranger() => new Stranger(Guid.Empty, "Who");

    public static Host GetHost() => new HostProxy { City = "Lyon" };
}

public sealed class EmptyUnionQueries
{
    public static ILonely? GetLonely() => null;
}

[UnionType]
public interface ILonely;

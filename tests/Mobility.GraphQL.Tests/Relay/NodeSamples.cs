using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Relay;

/// <summary>A learner, found by node(id:) through its [NodeResolver] and a data loader.</summary>
[Node]
[GraphQLName("Learner")]
public sealed record LearnerNode(Guid Id, string Name, [property: ID("School")] int SchoolId)
{
    [NodeResolver]
    public static Task<LearnerNode?> GetAsync(Guid id, [Service] LearnerStore store, ResolverContext context) =>
        context.DataLoader<Guid, LearnerNode?>("learnersById", (keys, _) => Task.FromResult(store.Load(keys))).LoadAsync(id);
}

/// <summary>A school: a node added with AddNode and an int key.</summary>
[GraphQLName("School")]
public sealed record SchoolNode(int Id, string Name);

/// <summary>Staff: only coordinators may read them, through node(id:) as through any field.</summary>
[Node]
[Authorize("Coordinator")]
[GraphQLName("StaffMember")]
public sealed record StaffNode(Guid Id, string Name)
{
    [NodeResolver]
    public static StaffNode? Get(Guid id) => id == NodeData.StaffId ? new StaffNode(id, "Bea") : null;
}

/// <summary>The key is another property, named by IdField; the node resolver itself needs a role.</summary>
[Node(IdField = nameof(Code))]
public sealed record Qualification(string Code, string Title)
{
    [NodeResolver]
    [Authorize("Coordinator", "SchoolStaff")]
    public static Qualification? Get(string id) => id == "CAP-BOUL" ? new Qualification(id, "CAP Boulanger") : null;
}

public sealed record MoveLearnerInput([property: ID("Learner")] Guid LearnerId, [property: ID<SchoolNode>] IReadOnlyList<int> SchoolIds);

public sealed class NodeQueries
{
    public static LearnerNode? GetLearner([ID("Learner")] Guid id) => NodeData.Learners.FirstOrDefault(l => l.Id == id);

    public static string GetAnyKey([ID] Guid id) => id.ToString();

    public static string? GetOptionalSchool([ID<SchoolNode>] int? schoolId) => schoolId?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Move(MoveLearnerInput input) => $"{input.LearnerId} to {string.Join(",", input.SchoolIds)}";

    public static Qualification GetQualification() => new("CAP-BOUL", "CAP Boulanger");

    public static StaffNode GetStaff() => new(NodeData.StaffId, "Bea");
}

/// <summary>Scoped: each node resolver gets its own, disposed when it is done.</summary>
public sealed class LearnerStore : IDisposable
{
    private static int _created;
    private static int _disposed;
    private static int _batches;

    public LearnerStore() => Interlocked.Increment(ref _created);

    public static int Created => _created;

    public static int Disposed => _disposed;

    public static int Batches => _batches;

    private bool _disposedHere;

    public IReadOnlyDictionary<Guid, LearnerNode?> Load(IReadOnlyList<Guid> keys)
    {
        ObjectDisposedException.ThrowIf(_disposedHere, this);
        Interlocked.Increment(ref _batches);
        return keys.ToDictionary(k => k, k => NodeData.Learners.FirstOrDefault(l => l.Id == k));
    }

    public void Dispose()
    {
        _disposedHere = true;
        Interlocked.Increment(ref _disposed);
    }
}

internal static class NodeData
{
    public static readonly Guid AdaId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid BoId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid StaffId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public static readonly LearnerNode[] Learners = [new(AdaId, "Ada", 7), new(BoId, "Bo", 8)];

    public static readonly SchoolNode[] Schools = [new(7, "Lycée Diderot"), new(8, "CFA Lyon")];

    public static string Id(string typeName, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(typeName + ":" + key));
}

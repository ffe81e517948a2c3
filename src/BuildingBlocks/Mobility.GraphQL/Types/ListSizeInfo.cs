namespace Mobility.GraphQL.Types;

/// <summary>
/// HotChocolate's <c>@listSize</c> for a connection: the slicing arguments give the size of the sized fields
/// (<c>edges</c>, <c>nodes</c>); without them the assumed size (the default page size) is used.
/// </summary>
internal sealed record ListSizeInfo(string[] SlicingArguments, string[] SizedFields, int AssumedSize);

namespace Mobility.BuildingBlocks.Domain;

/// <summary>A request named something that does not exist (or that the caller may not see).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string entity, object id)
        : base($"{entity} {id} was not found.")
    {
        Entity = entity;
        Id = id.ToString() ?? "";
    }

    public NotFoundException()
        : this("Entity", "?")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
        Entity = "Entity";
        Id = "";
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Entity = "Entity";
        Id = "";
    }

    public string Entity { get; } = "";

    public string Id { get; } = "";
}

using Mobility.GraphQL;

namespace Mobility.Placements.GraphQL;

/// <summary>The person at the host who guides the participant; a host tutor signs in with this e-mail.</summary>
[GraphQLName("HostTutor")]
internal sealed class HostTutorNode
{
    /// <summary>Their name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Their e-mail.</summary>
    public string Email { get; set; } = "";

    /// <summary>Their position at the host.</summary>
    public string Position { get; set; } = "";

    /// <summary>When they were appointed.</summary>
    public DateTime? AppointedAt { get; set; }
}

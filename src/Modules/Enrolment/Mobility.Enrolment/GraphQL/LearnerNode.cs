using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Scoping;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>
/// A learner enrolled at a school, preparing a qualification. Seen by the coordinators and staff of their school,
/// by themself, and by the host tutor of one of their placements. Fewer-opportunities and special-needs flags are
/// never part of it.
/// </summary>
[GraphQLName("Learner")]
[Node]
internal sealed class LearnerNode
{
    /// <summary>The learner's id.</summary>
    public Guid Id { get; set; }

    /// <summary>First name.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>Last name.</summary>
    public string LastName { get; set; } = "";

    /// <summary>E-mail address, when known.</summary>
    public string? Email { get; set; }

    /// <summary>Date of birth; a minor needs a guardian's consent to be selected.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>Gender as the learner declared it.</summary>
    public Gender Gender { get; set; }

    /// <summary>ISO 3166-1 alpha-2 nationality.</summary>
    public string Nationality { get; set; } = "";

    /// <summary>The year of the programme the learner is in (1 for the first year of a CAP or Bac Pro).</summary>
    public int ProgrammeYear { get; set; }

    /// <summary>Whether a parent or guardian consented to the mobility.</summary>
    public bool HasGuardianConsent { get; set; }

    /// <summary>The school the learner is enrolled at.</summary>
    public OrganisationNode School { get; set; } = null!;

    [GraphQLIgnore]
    [IsProjected]
    public Guid QualificationId { get; set; }

    /// <summary>The qualification the learner prepares.</summary>
    public Task<QualificationType?> GetQualificationAsync(ResolverContext context) => QualificationLoader.LoadAsync(context, QualificationId);

    /// <summary>The learner with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<LearnerNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleLearners(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}

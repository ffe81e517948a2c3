using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Scoping;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A learner's application to a mobility call, moved through the selection (applied, shortlisted, selected, reserve, rejected, withdrawn).</summary>
[GraphQLName("Application")]
[Node]
internal sealed class ApplicationNode
{
    /// <summary>The application's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Where it stands in the selection.</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>When it was submitted.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>The learner who applied.</summary>
    public LearnerNode Learner { get; set; } = null!;

    /// <summary>The call applied to.</summary>
    public MobilityCallNode Call { get; set; } = null!;

    /// <summary>The application with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<ApplicationNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleApplications(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}

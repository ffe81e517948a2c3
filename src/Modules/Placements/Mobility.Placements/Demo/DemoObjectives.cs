using Mobility.Placements.LearningAgreements;

namespace Mobility.Placements.Demo;

/// <summary>Measurable objectives by field: what is learned and how the host tutor will see it was.</summary>
internal static class DemoObjectives
{
    private static readonly Dictionary<string, ObjectiveInput[]> BySector = new(StringComparer.Ordinal)
    {
        ["Fashion"] =
        [
            new("Cut and assemble a garment from the atelier's pattern", "Two garments pass the head of atelier's quality check"),
            new("Finish seams and hems by hand to the house standard", "The tutor accepts ten finished pieces without rework"),
            new("Describe the production steps in the working language", "A five-minute explanation to the tutor, noted in the evaluation grid"),
        ],
        ["Beauty"] =
        [
            new("Carry out a facial care protocol on a client", "Three treatments completed under observation, client satisfied"),
            new("Advise clients on products in the working language", "The tutor observes five sales conversations"),
            new("Apply the salon's hygiene procedures", "No deviation on the tutor's hygiene checklist over a week"),
        ],
        ["Customer relations"] =
        [
            new("Welcome and direct customers in the working language", "Twenty customer contacts handled, checked by the team leader"),
            new("Record a complaint and follow it up", "Three complaints logged and closed in the host's system"),
            new("Present a product range to a customer", "The tutor observes two complete sales presentations"),
        ],
        ["Hospitality"] =
        [
            new("Prepare the cold starters of the day's menu", "The head chef observes three services without correction"),
            new("Serve a table of four following the house's service sequence", "Five services assessed on the restaurant's grid"),
            new("Apply the kitchen's food safety plan", "Temperature and cleaning records kept for a full week"),
        ],
        ["Engineering"] =
        [
            new("Carry out preventive maintenance on a production machine", "Two maintenance reports signed by the supervisor"),
            new("Diagnose an electrical fault with the site's procedure", "The fault found and logged within the time set by the tutor"),
            new("Apply the site's safety rules when locking out equipment", "Lock-out checklist completed without error three times"),
        ],
        ["Food"] =
        [
            new("Make the house's bread or pastry range from the recipe book", "Three batches accepted for sale by the master"),
            new("Organise the workstation for the morning production", "The master observes two full mornings without reminder"),
            new("Compare the techniques used with those learned at home", "A one-page comparison discussed with the tutor and the employer"),
        ],
        ["Expert"] =
        [
            new("Teach the technique in a masterclass to the school's learners", "Two masterclasses held, attendance recorded by the host tutor"),
            new("Leave teaching material the school can reuse", "A recipe or technique sheet handed over and filed by the school"),
        ],
        ["Staff"] =
        [
            new("Observe how the host organises work placements", "A written note on three practices to transfer, shared with the team"),
            new("Build contacts for future placements", "Two host companies agree to receive learners next year"),
        ],
    };

    /// <summary>Two objectives, three from the third week on (the realistic maximum is one per started week).</summary>
    public static IReadOnlyList<ObjectiveInput> For(string sector, int days)
    {
        var all = BySector.TryGetValue(Normalise(sector), out var objectives) ? objectives : BySector["Hospitality"];
        return [.. all.Take(days >= 15 ? 3 : 2)];
    }

    private static string Normalise(string sector) => sector switch
    {
        "Cooking and hospitality" or "Catering" => "Hospitality",
        _ => sector,
    };
}

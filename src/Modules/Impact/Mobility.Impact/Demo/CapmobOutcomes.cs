namespace Mobility.Impact.Demo;

/// <summary>
/// The CAPMOB 2.0 figures the demo's outcome data is shaped to give (seed: "CAPMOB 2.0, a leverage effect for
/// vocational education"): 92% improved their language skills, 86% their self-confidence, 98% ready to go again,
/// 100% satisfied, 95% of the Bac Pro and 100% of the CAP learners passed their exams. The counts are worked out
/// from the number of participants so each share rounds to the published percentage.
/// </summary>
internal static class CapmobOutcomes
{
    public const int LanguageImproved = 92;
    public const int SelfConfidence = 86;
    public const int ReadyAgain = 98;
    public const int Satisfied = 100;
    public const int BacProPassed = 95;
    public const int CapPassed = 100;

    /// <summary>Share of participants who answer the survey (the rest never do).</summary>
    public const int Answering = 96;

    /// <summary>How many of <paramref name="total"/> are <paramref name="percent"/>%: the nearest whole number (all of them for 100%).</summary>
    public static int CountFor(int percent, int total) => (int)Math.Round(total * percent / 100m, MidpointRounding.AwayFromZero);
}

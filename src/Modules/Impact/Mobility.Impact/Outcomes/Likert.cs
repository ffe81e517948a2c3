namespace Mobility.Impact.Outcomes;

/// <summary>A five-point agreement scale; Agree and StronglyAgree count as "yes" in the indicators.</summary>
internal enum Likert
{
    StronglyDisagree = 1,
    Disagree = 2,
    Neutral = 3,
    Agree = 4,
    StronglyAgree = 5,
}

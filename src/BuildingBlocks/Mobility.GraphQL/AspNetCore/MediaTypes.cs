using Microsoft.Net.Http.Headers;

namespace Mobility.GraphQL.AspNetCore;

/// <summary>Response media type negotiation of GraphQL over HTTP.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The preferred supported type in Accept; application/json when Accept is missing or */*
    /// (legacy clients), null when nothing acceptable is listed.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        string? best = null;
        double bestQuality = -1;
        foreach (var value in accept)
        {
            var type = value.MediaType.Value;
            var candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "*/*" or "application/*" => Json,
                _ => null,
            };
            var quality = value.Quality ?? 1;
            if (candidate is not null && quality > 0 && quality > bestQuality)
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }
}

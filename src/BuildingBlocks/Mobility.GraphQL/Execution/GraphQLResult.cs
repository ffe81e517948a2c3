using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mobility.GraphQL.Execution.Runtime;

namespace Mobility.GraphQL.Execution;

/// <summary>
/// A response (§7): "errors", then "data" (absent for request errors, null when a non-null root failed),
/// then "extensions". Written straight from the result tree to a <see cref="Utf8JsonWriter"/>.
/// </summary>
public sealed class GraphQLResult
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    internal GraphQLResult(ResultObject? data, bool hasData, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
    }

    internal ResultObject? Data { get; }

    /// <summary>Whether the response has a "data" entry (false for parse, validation and variable errors).</summary>
    public bool HasData { get; }

    /// <summary>The errors, empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Entries for the response's "extensions" (for example the operation cost).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Writes the response as JSON.</summary>
    /// <param name="writer">The destination.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            ResultWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            if (Data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                ResultWriter.WriteObject(writer, Data);
            }
        }

        if (Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            ResultWriter.WritePlain(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as UTF-8 JSON bytes.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToUtf8Json()
    {
        var hint = Data?.Plan.SizeHint ?? 256;
        using var buffer = new PooledBufferWriter(Math.Max(256, hint));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer);
        }

        if (Data is not null)
        {
            Data.Plan.SizeHint = buffer.WrittenSpan.Length + 1024; // the next result of this operation is likely the same size
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The response as a JSON string.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Json());
}

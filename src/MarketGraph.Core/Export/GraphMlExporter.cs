using System.Globalization;
using System.Text.Json;
using System.Xml;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using MarketGraph.Core.Text;

namespace MarketGraph.Core.Export;

/// <summary>
/// GraphML (readable by Gephi, yEd, Cytoscape, NetworkX): entities as nodes, edges with their type,
/// properties, dates and confidence, and their evidence as a JSON list of {quote, url, title, published, status}.
/// </summary>
public static class GraphMlExporter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name)[] Keys =
    [
        ("n_name", "node", "name"), ("n_kind", "node", "kind"), ("n_aliases", "node", "aliases"),
        ("n_identifiers", "node", "identifiers"), ("n_country", "node", "country"),
        ("e_type", "edge", "type"), ("e_props", "edge", "props"), ("e_confidence", "edge", "confidence"),
        ("e_first_seen", "edge", "firstSeen"), ("e_last_seen", "edge", "lastSeen"), ("e_evidence", "edge", "evidence"),
    ];

    public static async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken ct = default)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("graphml", Ns);
        foreach (var (id, target, name) in Keys)
        {
            xml.WriteStartElement("key", Ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", id == "e_confidence" ? "double" : "string");
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "marketgraph");
        xml.WriteAttributeString("edgedefault", "directed");

        await foreach (var entity in store.AllEntitiesAsync(ct))
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", entity.Id);
            Data(xml, "n_name", entity.Name);
            Data(xml, "n_kind", entity.Kind.ToString());
            if (entity.Aliases.Count > 0) Data(xml, "n_aliases", string.Join("; ", entity.Aliases));
            if (entity.Identifiers.Count > 0) Data(xml, "n_identifiers", JsonSerializer.Serialize(entity.Identifiers, JsonDefaults.Relaxed));
            if (entity.Country is not null) Data(xml, "n_country", entity.Country);
            xml.WriteEndElement();
        }

        await foreach (var item in ExportRows.EdgesAsync(store, ct))
        {
            var edge = item.Edge;
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.FromId);
            xml.WriteAttributeString("target", edge.ToId);
            Data(xml, "e_type", edge.Type.WireName());
            Data(xml, "e_props", edge.Props.ToJson());
            Data(xml, "e_confidence", edge.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            if (edge.FirstSeen is { } first) Data(xml, "e_first_seen", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (edge.LastSeen is { } last) Data(xml, "e_last_seen", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var evidence = item.Claims.Select(c =>
            {
                item.Documents.TryGetValue(c.DocumentHash, out var doc);
                return new
                {
                    quote = c.Evidence.Quote,
                    url = doc?.Url,
                    title = doc?.Title,
                    published = doc?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    status = c.Status.ToString().ToLowerInvariant(),
                };
            });
            Data(xml, "e_evidence", JsonSerializer.Serialize(evidence, JsonDefaults.Relaxed));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}

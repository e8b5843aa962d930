using System.Xml;
using static MarketGraph.Crawlers.Notices.XmlCursor;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// The single reader pass behind <see cref="TedEformsParser"/>. "First" below means what <c>XElement.Element</c>
/// gives (the first such child, even when blank); Organization, NoticeResult, Publication and SubTypeCode are
/// found at any depth, as <c>Descendants</c> would. Unknown subtrees are walked without recursion, so deep
/// nesting cannot exhaust the stack.
/// </summary>
internal sealed class EformsPass
{
    private const string CbcUri = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private const string CacUri = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private const string EfacUri = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    private const string EfbcUri = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    private readonly XmlReader _r;
    private readonly EformsRows _rows;
    private readonly string _cbc, _cac, _efac, _efbc;
    private bool _seenResult, _seenPublication, _seenSubType;

    public EformsPass(XmlReader reader, EformsRows rows)
    {
        _r = reader;
        _rows = rows;
        // atomised, so the namespace comparisons are mostly reference checks
        _cbc = reader.NameTable.Add(CbcUri);
        _cac = reader.NameTable.Add(CacUri);
        _efac = reader.NameTable.Add(EfacUri);
        _efbc = reader.NameTable.Add(EfbcUri);
    }

    /// <summary>On the root start tag: reads the whole notice.</summary>
    public void ReadRoot()
    {
        bool seenId = false, seenIssue = false, seenLanguage = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            var ns = _r.NamespaceURI;
            if (ns == _cbc && _r.LocalName == "ID") First(ref seenId, ref _rows.RootId);
            else if (ns == _cbc && _r.LocalName == "IssueDate") First(ref seenIssue, ref _rows.IssueDate);
            else if (ns == _cbc && _r.LocalName == "NoticeLanguageCode") First(ref seenLanguage, ref _rows.Language);
            else if (ns == _cac && _r.LocalName == "ContractingParty")
                _rows.BuyerIds.Add(PathText(_r, [(_cac, "Party"), (_cac, "PartyIdentification"), (_cbc, "ID")]));
            else if (ns == _cac && _r.LocalName == "ProcurementProject" && _rows.RootProject is null) _rows.RootProject = ReadProject();
            else if (ns == _cac && _r.LocalName == "ProcurementProjectLot") _rows.Lots.Add(ReadLot());
            else Scan();
        }
    }

    private void First(ref bool seen, ref string? value)
    {
        if (seen)
        {
            _r.Skip();
            return;
        }
        seen = true;
        value = Text(_r);
    }

    /// <summary>Walks a subtree for the elements that may sit at any depth.</summary>
    private void Scan()
    {
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (true)
        {
            if (_r.NodeType == XmlNodeType.Element)
            {
                if (!TryRead()) _r.Read(); // into it (or past it when empty)
            }
            else if (_r.NodeType == XmlNodeType.EndElement && _r.Depth == depth)
            {
                _r.Read();
                return;
            }
            else if (!_r.Read()) return;
        }
    }

    private bool TryRead()
    {
        var ns = _r.NamespaceURI;
        if (ns == _efac)
        {
            switch (_r.LocalName)
            {
                case "Organization":
                    ReadOrganization();
                    return true;
                case "NoticeResult" when !_seenResult:
                    _seenResult = true;
                    ReadNoticeResult();
                    return true;
                case "Publication" when !_seenPublication:
                    _seenPublication = true;
                    ReadPublication();
                    return true;
            }
        }
        else if (ns == _cbc && _r.LocalName == "SubTypeCode" && !_seenSubType)
        {
            _seenSubType = true;
            _rows.SubType = Text(_r);
            return true;
        }
        return false;
    }

    private EformsRows.Project ReadProject()
    {
        var p = new EformsRows.Project();
        var seenName = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return p;
        while (NextChild(_r, depth))
        {
            if (_r.NamespaceURI != _cac && _r.NamespaceURI != _cbc)
            {
                _r.Skip();
                continue;
            }
            switch (_r.LocalName)
            {
                case "Name" when _r.NamespaceURI == _cbc:
                    First(ref seenName, ref p.Name);
                    break;
                case "MainCommodityClassification" when _r.NamespaceURI == _cac:
                    var main = PathText(_r, [(_cbc, "ItemClassificationCode")]);
                    if (!p.SeenMain) p.FirstMainCode = main;
                    p.SeenMain = true;
                    if (main is not null) p.MainCodes.Add(main);
                    break;
                case "AdditionalCommodityClassification" when _r.NamespaceURI == _cac:
                    if (PathText(_r, [(_cbc, "ItemClassificationCode")]) is { } more) p.AdditionalCodes.Add(more);
                    break;
                default:
                    _r.Skip();
                    break;
            }
        }
        return p;
    }

    private EformsRows.LotRow ReadLot()
    {
        string? id = null;
        EformsRows.Project? project = null;
        var seenId = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return new(null, null);
        while (NextChild(_r, depth))
        {
            if (Is(_r, _cbc, "ID")) First(ref seenId, ref id);
            else if (project is null && Is(_r, _cac, "ProcurementProject")) project = ReadProject();
            else _r.Skip();
        }
        return new(id, project);
    }

    private void ReadOrganization()
    {
        var depth = _r.Depth;
        var seenCompany = false;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            if (!seenCompany && Is(_r, _efac, "Company"))
            {
                seenCompany = true;
                ReadCompany();
            }
            else _r.Skip();
        }
    }

    private void ReadCompany()
    {
        string? id = null, name = null, country = null, companyId = null;
        bool seenId = false, seenAddress = false, seenEntity = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            if (_r.NamespaceURI != _cac) _r.Skip();
            else if (_r.LocalName == "PartyIdentification" && !seenId)
            {
                seenId = true;
                id = PathText(_r, [(_cbc, "ID")]);
            }
            else if (_r.LocalName == "PartyName" && name is null) name = PathText(_r, [(_cbc, "Name")]);
            else if (_r.LocalName == "PostalAddress" && !seenAddress)
            {
                seenAddress = true;
                country = PathText(_r, [(_cac, "Country"), (_cbc, "IdentificationCode")]);
            }
            else if (_r.LocalName == "PartyLegalEntity" && !seenEntity)
            {
                seenEntity = true;
                companyId = PathText(_r, [(_cbc, "CompanyID")]);
            }
            else _r.Skip();
        }
        if (id is null || name is null) return;
        _rows.Orgs[id] = new EformsRows.Org(name, OrganisationIds.Classify(companyId, country), country);
    }

    private void ReadPublication()
    {
        bool seenId = false, seenDate = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            if (Is(_r, _efbc, "NoticePublicationID")) First(ref seenId, ref _rows.PublicationId);
            else if (Is(_r, _efbc, "PublicationDate")) First(ref seenDate, ref _rows.PublicationDate);
            else _r.Skip();
        }
    }

    private void ReadNoticeResult()
    {
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            if (_r.NamespaceURI != _efac) _r.Skip();
            else if (_r.LocalName == "TenderingParty") ReadTenderingParty();
            else if (_r.LocalName == "LotTender") ReadLotTender();
            else if (_r.LocalName == "SettledContract") ReadSettledContract();
            else if (_r.LocalName == "LotResult") ReadLotResult();
            else _r.Skip();
        }
    }

    private void ReadTenderingParty()
    {
        string? id = null;
        var seenId = false;
        var tenderers = new List<string>();
        var depth = _r.Depth;
        if (Enter(_r))
        {
            while (NextChild(_r, depth))
            {
                if (Is(_r, _cbc, "ID")) First(ref seenId, ref id);
                else if (Is(_r, _efac, "Tenderer"))
                {
                    if (PathText(_r, [(_cbc, "ID")]) is { } t) tenderers.Add(t);
                }
                else _r.Skip();
            }
        }
        if (id is not null) _rows.Parties[id] = tenderers;
    }

    private void ReadLotTender()
    {
        string? id = null, amount = null, currency = null, party = null, lot = null;
        bool seenId = false, seenTotal = false, seenParty = false, seenLot = false;
        var depth = _r.Depth;
        if (Enter(_r))
        {
            while (NextChild(_r, depth))
            {
                if (Is(_r, _cbc, "ID")) First(ref seenId, ref id);
                else if (!seenTotal && Is(_r, _cac, "LegalMonetaryTotal"))
                {
                    seenTotal = true;
                    (amount, currency) = ReadPayableAmount();
                }
                else if (!seenParty && Is(_r, _efac, "TenderingParty"))
                {
                    seenParty = true;
                    party = PathText(_r, [(_cbc, "ID")]);
                }
                else if (!seenLot && Is(_r, _efac, "TenderLot"))
                {
                    seenLot = true;
                    lot = PathText(_r, [(_cbc, "ID")]);
                }
                else _r.Skip();
            }
        }
        if (id is not null) _rows.Tenders[id] = (party, XmlHelpers.Decimal(amount), currency, lot);
    }

    private (string? Amount, string? Currency) ReadPayableAmount()
    {
        string? amount = null, currency = null;
        var seen = false;
        var depth = _r.Depth;
        if (!Enter(_r)) return default;
        while (NextChild(_r, depth))
        {
            if (!seen && Is(_r, _cbc, "PayableAmount"))
            {
                seen = true;
                currency = _r.GetAttribute("currencyID");
                amount = RawText(_r);
            }
            else _r.Skip();
        }
        return (amount, currency);
    }

    private void ReadSettledContract()
    {
        string? date = null;
        var seenDate = false;
        var tenders = new List<string>();
        var depth = _r.Depth;
        if (!Enter(_r)) return;
        while (NextChild(_r, depth))
        {
            if (Is(_r, _cbc, "IssueDate")) First(ref seenDate, ref date);
            else if (Is(_r, _efac, "LotTender"))
            {
                if (PathText(_r, [(_cbc, "ID")]) is { } t) tenders.Add(t);
            }
            else _r.Skip();
        }
        var issued = XmlHelpers.Date(date);
        foreach (var t in tenders) _rows.ContractDates[t] = issued;
    }

    private void ReadLotResult()
    {
        string? code = null, lot = null;
        bool seenCode = false, seenLot = false;
        var tenders = new List<string>();
        var depth = _r.Depth;
        if (Enter(_r))
        {
            while (NextChild(_r, depth))
            {
                if (Is(_r, _cbc, "TenderResultCode")) First(ref seenCode, ref code);
                else if (!seenLot && Is(_r, _efac, "TenderLot"))
                {
                    seenLot = true;
                    lot = PathText(_r, [(_cbc, "ID")]);
                }
                else if (Is(_r, _efac, "LotTender"))
                {
                    if (PathText(_r, [(_cbc, "ID")]) is { } t) tenders.Add(t);
                }
                else _r.Skip();
            }
        }
        _rows.LotResults.Add(new EformsRows.LotResultRow(code, lot, tenders));
    }
}

using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.Demo;

/// <summary>
/// Three hosts in each of the 16 countries CAPMOB 2.0 sent learners to, in the consortium's fields (fashion, beauty,
/// customer relations, hospitality and catering, engineering). Names are invented; coordinates are the cities'.
/// </summary>
internal static class ParisHosts
{
    private const string Fashion = "Fashion";
    private const string Beauty = "Beauty";
    private const string Customer = "Customer relations";
    private const string Hotel = "Hospitality";
    private const string Engineering = "Engineering";
    private const HostOrganisationKind Company = HostOrganisationKind.Company;
    private const HostOrganisationKind Training = HostOrganisationKind.TrainingBody;

    public static readonly IReadOnlyList<DemoHost> All =
    [
        new("es-barcelona-atelier", "Taller de Moda Eixample", Company, "ES", "Barcelona", 41.3874, 2.1686, Fashion, "Núria Puig", "Head of atelier"),
        new("es-madrid-hotel", "Hotel Gran Vía Centro", Company, "ES", "Madrid", 40.4168, -3.7038, Hotel, "Javier Ortega", "Food and beverage manager"),
        new("es-valencia-training", "Centro de Formación Técnica del Turia", Training, "ES", "Valencia", 39.4699, -0.3763, Engineering, "Lucía Ferrer", "Workshop coordinator"),
        new("it-milan-atelier", "Sartoria Brera", Company, "IT", "Milan", 45.4642, 9.1900, Fashion, "Giulia Colombo", "Head tailor"),
        new("it-florence-leather", "Pelletteria Oltrarno", Company, "IT", "Florence", 43.7696, 11.2558, Fashion, "Marco Bianchi", "Master leatherworker"),
        new("it-bologna-trattoria", "Trattoria Scuola Emilia", Company, "IT", "Bologna", 44.4949, 11.3426, Hotel, "Francesca Rossi", "Head chef"),
        new("de-berlin-atelier", "Modeatelier Kreuzberg", Company, "DE", "Berlin", 52.5200, 13.4050, Fashion, "Anna Schneider", "Atelier manager"),
        new("de-munich-hotel", "Hotel am Viktualienmarkt", Company, "DE", "Munich", 48.1351, 11.5820, Hotel, "Stefan Huber", "Restaurant manager"),
        new("de-stuttgart-engineering", "Präzisionstechnik Neckar GmbH", Company, "DE", "Stuttgart", 48.7758, 9.1829, Engineering, "Jonas Weber", "Maintenance supervisor"),
        new("be-brussels-beauty", "Institut de beauté du Sablon", Company, "BE", "Brussels", 50.8503, 4.3517, Beauty, "Sophie Lambert", "Salon manager"),
        new("be-antwerp-fashion", "Modehuis Meir", Company, "BE", "Antwerp", 51.2194, 4.4025, Fashion, "Lotte Peeters", "Studio manager"),
        new("be-ghent-brasserie", "Brasserie Graslei", Company, "BE", "Ghent", 51.0543, 3.7174, Hotel, "Pieter De Smet", "Head chef"),
        new("pt-lisbon-hotel", "Hotel Baixa Pombalina", Company, "PT", "Lisbon", 38.7223, -9.1393, Hotel, "Inês Carvalho", "Front office manager"),
        new("pt-porto-engineering", "Oficina de Engenharia da Ribeira", Company, "PT", "Porto", 41.1579, -8.6291, Engineering, "Rui Sousa", "Workshop manager"),
        new("pt-lisbon-store", "Loja do Chiado", Company, "PT", "Lisbon", 38.7107, -9.1420, Customer, "Beatriz Almeida", "Store manager"),
        new("ie-dublin-customer", "Liffey Customer Care Centre", Company, "IE", "Dublin", 53.3498, -6.2603, Customer, "Siobhán Murphy", "Team leader"),
        new("ie-cork-hotel", "English Market Hotel", Company, "IE", "Cork", 51.8985, -8.4756, Hotel, "Declan O'Brien", "Executive chef"),
        new("ie-dublin-beauty", "Temple Bar Beauty Rooms", Company, "IE", "Dublin", 53.3454, -6.2644, Beauty, "Aoife Kelly", "Senior therapist"),
        new("nl-amsterdam-atelier", "Jordaan Modeatelier", Company, "NL", "Amsterdam", 52.3676, 4.9041, Fashion, "Eva de Vries", "Head of studio"),
        new("nl-rotterdam-engineering", "Maas Technische Werkplaats", Company, "NL", "Rotterdam", 51.9244, 4.4777, Engineering, "Daan Jansen", "Maintenance manager"),
        new("nl-amsterdam-hotel", "Grachtenhotel Herengracht", Company, "NL", "Amsterdam", 52.3702, 4.8894, Hotel, "Sanne Bakker", "Operations manager"),
        new("at-vienna-hotel", "Hotel und Kaffeehaus an der Ringstraße", Company, "AT", "Vienna", 48.2082, 16.3738, Hotel, "Katharina Gruber", "Restaurant manager"),
        new("at-salzburg-tailor", "Trachtenschneiderei Getreidegasse", Company, "AT", "Salzburg", 47.8095, 13.0550, Fashion, "Florian Bauer", "Master tailor"),
        new("at-vienna-beauty", "Kosmetikstudio am Naschmarkt", Company, "AT", "Vienna", 48.1986, 16.3620, Beauty, "Lena Hofer", "Studio owner"),
        new("gr-athens-training", "Plaka Hospitality Training Centre", Training, "GR", "Athens", 37.9838, 23.7275, Hotel, "Eleni Papadopoulou", "Training manager"),
        new("gr-thessaloniki-customer", "Ladadika Customer Service", Company, "GR", "Thessaloniki", 40.6401, 22.9444, Customer, "Nikos Georgiou", "Service manager"),
        new("gr-athens-beauty", "Kolonaki Beauty Salon", Company, "GR", "Athens", 37.9795, 23.7430, Beauty, "Maria Konstantinou", "Salon owner"),
        new("mt-valletta-hotel", "Grand Harbour Hotel", Company, "MT", "Valletta", 35.8989, 14.5146, Hotel, "Joseph Camilleri", "Food and beverage manager"),
        new("mt-stjulians-academy", "Spinola Bay Service Academy", Training, "MT", "St Julian's", 35.9183, 14.4897, Customer, "Claire Borg", "Programme coordinator"),
        new("mt-valletta-spa", "Valletta Wellness Spa", Company, "MT", "Valletta", 35.8978, 14.5125, Beauty, "Rebecca Vella", "Spa manager"),
        new("se-stockholm-atelier", "Södermalm Designateljé", Company, "SE", "Stockholm", 59.3293, 18.0686, Fashion, "Elin Johansson", "Head of atelier"),
        new("se-gothenburg-engineering", "Hisingens Mekaniska Verkstad", Company, "SE", "Gothenburg", 57.7089, 11.9746, Engineering, "Erik Lindqvist", "Workshop supervisor"),
        new("se-stockholm-customer", "Gamla Stan Kundservice", Company, "SE", "Stockholm", 59.3251, 18.0711, Customer, "Maja Nilsson", "Customer service lead"),
        new("fi-helsinki-beauty", "Kallio Beauty Studio", Company, "FI", "Helsinki", 60.1841, 24.9504, Beauty, "Aino Virtanen", "Studio manager"),
        new("fi-tampere-engineering", "Tampereen Teollisuushuolto Oy", Company, "FI", "Tampere", 61.4978, 23.7610, Engineering, "Mikko Korhonen", "Maintenance manager"),
        new("fi-helsinki-hotel", "Hotel Esplanadi", Company, "FI", "Helsinki", 60.1699, 24.9384, Hotel, "Laura Mäkinen", "Restaurant manager"),
        new("dk-copenhagen-beauty", "Nørrebro Frisør og Skønhed", Company, "DK", "Copenhagen", 55.6918, 12.5545, Beauty, "Ida Andersen", "Salon owner"),
        new("dk-aarhus-customer", "Aarhus Kundecenter", Company, "DK", "Aarhus", 56.1629, 10.2039, Customer, "Mads Christensen", "Team leader"),
        new("dk-copenhagen-restaurant", "Nyhavn Restaurant og Hotel", Company, "DK", "Copenhagen", 55.6761, 12.5683, Hotel, "Freja Nielsen", "Head chef"),
        new("cz-prague-atelier", "Pražský módní ateliér", Company, "CZ", "Prague", 50.0755, 14.4378, Fashion, "Tereza Nováková", "Head of atelier"),
        new("cz-brno-engineering", "Brněnská strojírna", Company, "CZ", "Brno", 49.1951, 16.6068, Engineering, "Jan Dvořák", "Production engineer"),
        new("cz-prague-hotel", "Hotel Staroměstská", Company, "CZ", "Prague", 50.0870, 14.4208, Hotel, "Petra Svobodová", "Front office manager"),
        new("hu-budapest-beauty", "Budai Szépségszalon", Company, "HU", "Budapest", 47.4979, 19.0402, Beauty, "Eszter Nagy", "Salon manager"),
        new("hu-budapest-customer", "Duna Ügyfélszolgálat Kft.", Company, "HU", "Budapest", 47.5000, 19.0500, Customer, "Gábor Kovács", "Service manager"),
        new("hu-debrecen-engineering", "Debreceni Gépészeti Műhely", Company, "HU", "Debrecen", 47.5316, 21.6273, Engineering, "Péter Tóth", "Workshop manager"),
        new("hr-zagreb-atelier", "Zagrebački modni atelijer", Company, "HR", "Zagreb", 45.8150, 15.9819, Fashion, "Ana Horvat", "Head of atelier"),
        new("hr-split-hotel", "Hotel Dioklecijan", Company, "HR", "Split", 43.5081, 16.4402, Hotel, "Ivan Babić", "Executive chef"),
        new("hr-zagreb-customer", "Centar za korisnike Zagreb", Training, "HR", "Zagreb", 45.8131, 15.9772, Customer, "Marija Kovačević", "Training coordinator"),
    ];
}

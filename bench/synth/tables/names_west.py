"""Western name tables, by language."""

from __future__ import annotations

# Western names by language: first names, surnames (in decreasing frequency), the endings of
# synthetic surnames (the long tail of rare surnames), and the share with a middle initial.
WE_LANGUAGES: dict[str, tuple[float, str, str, str, float]] = {
    "en": (
        0.38,
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher "
        "Daniel Matthew Anthony Mark Steven Paul Andrew Joshua Kevin Brian George Timothy "
        "Jason Jeffrey Ryan Jacob Gary Eric Stephen Jonathan Scott Justin Peter Benjamin "
        "Samuel Patrick Alexander Jack Mary Patricia Jennifer Linda Elizabeth Susan Jessica "
        "Sarah Karen Emily Emma Laura Rachel Anna Rebecca Katherine Amy Michelle Julia Alice "
        "Hannah Olivia",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
        "Jackson Martin Lee White Harris Clark Lewis Robinson Walker Young Allen King Wright "
        "Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell "
        "Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper "
        "Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett "
        "Gray James Hughes Price Sanders Myers Long Ross Foster",
        "son ton ley ford wood well field man er by ham worth ridge wick more stone ing",
        0.3,
    ),
    "de": (
        0.17,
        "Thomas Michael Andreas Stefan Christian Martin Markus Peter Frank Jürgen Klaus "
        "Wolfgang Matthias Alexander Tobias Sebastian Florian Daniel Jan Jens Uwe Dirk Ralf "
        "Bernd Holger Sven Oliver Torsten Anna Julia Katrin Sabine Claudia Petra Monika "
        "Susanne Lena Laura Johannes Maximilian Felix Lukas Philipp Benjamin",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
        "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
        "Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze "
        "Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz "
        "Möller Weiß Jung Hahn Vogel",
        "mann er berg feld hoff stein bach ert ler inger hardt rich brand kamp",
        0.1,
    ),
    "fr": (
        0.12,
        "Jean Pierre Philippe Michel Alain Nicolas François Laurent Éric Olivier Christophe "
        "Stéphane Frédéric Sébastien Julien Thomas Antoine Guillaume Mathieu Vincent Jérôme "
        "Marie Nathalie Isabelle Sophie Céline Claire Camille Hélène Jean-Pierre "
        "Jean-François Jean-Michel",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André "
        "Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure "
        "Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément "
        "Gauthier",
        "eau ier ard in et on elle ault ot ac iere ois",
        0.03,
    ),
    "es": (
        0.12,
        "José Juan Carlos Luis Javier Antonio Manuel Francisco Miguel Pedro Jorge Alejandro "
        "Fernando Pablo Sergio Diego Raúl Andrés Rafael Ricardo Eduardo João Paulo Marcos "
        "Rodrigo Gabriel Lucas Ana María Carmen Laura Marta Lucía Elena Isabel Cristina Paula "
        "Beatriz Mariana",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
        "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro "
        "Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez "
        "Ortega Delgado Castro Ortiz Rubio Marín Sanz Silva Santos Oliveira Souza Costa "
        "Pereira Ferreira Almeida Carvalho Gomes Ribeiro",
        "ez ado era illa ero eda aldo ino ares edo",
        0.05,
    ),
    "it": (
        0.10,
        "Marco Giuseppe Giovanni Andrea Luca Francesco Alessandro Stefano Paolo Roberto "
        "Antonio Massimo Matteo Davide Simone Federico Fabio Lorenzo Claudio Riccardo Maria "
        "Francesca Giulia Chiara Sara Valentina Elena Silvia Paola Alessandra",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo "
        "Serra Coppola",
        "ini elli etti one ucci ato ari oni esi otti",
        0.03,
    ),
    "nord": (
        0.05,
        "Lars Anders Johan Erik Per Nils Karl Mikael Jonas Henrik Niklas Ole Søren Jens "
        "Björn Magnus Fredrik Kristian Anna Maria Karin Ingrid Sara Emma Kirsten Sofia",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
        "Gustafsson Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Jensen "
        "Kristiansen Jakobsen Virtanen Korhonen Mäkinen Nieminen Lindqvist Lindberg Berg "
        "Holm Lund Strand Dahl Bergström Sjöberg Lindström",
        "sen son ström berg lund qvist dahl gren holm strand",
        0.05,
    ),
    "sl": (
        0.06,
        "Jan Piotr Tomasz Paweł Marek Michał Krzysztof Andrzej Jakub Petr Pavel Martin Tomáš "
        "Jiří Ivan Dmitry Sergey Alexey Andrey Nikolay Vladimir Milan Marko Nikola Stefan "
        "Anna Katarzyna Elena Olga Natalia Ivana",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Novák Svoboda Novotný Dvořák Černý Procházka Ivanov Smirnov Kuznetsov Popov "
        "Petrov Sokolov Volkov Horvat Kovačević Marković Petrović Jovanović Nikolić Kovač "
        "Horváth Nagy Tóth Szabó Popescu Ionescu",
        "ski ska ov ova enko ic wicz ek ak iak czyk",
        0.03,
    ),
}
WE_STEMS = (
    "Alder Amber Ash Bar Bel Ben Ber Black Bran Brock Cal Cam Car Cas Chal Dal Dar Dav Del Dorn "
    "Dun Eck Ed El Far Fel Fen Fer Fin Fitz Gal Gar Gil Gold Gor Gren Hal Ham Har Hart Has Hel "
    "Hen Her Hil Hol Horn Kal Kam Kar Kel Ker Kess Kin Kir Kol Lam Lan Lar Len Lind Lor Mal Man "
    "Mar Mel Mer Mil Mol Mor Nor Ol Or Os Pal Par Pel Per Pol Ram Ran Ren Ros Rud Sal San Sel "
    "Sten Ster Tal Tam Ter Tor Val Ver Wal War Wes Wil Win Wol Zan Zel"
).split()
WE_INFIXES = ("", "", "", "a", "e", "i", "o", "en", "er", "el", "in", "and")
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

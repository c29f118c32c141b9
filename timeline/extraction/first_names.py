"""Common first names that say a gender, for pronoun agreement (persons.py).

Only names rarely given to both sexes in French, English and international news: "Dominique",
"Camille", "Claude", "Taylor", "Jordan", "Sacha", "Alex" are left out, and so the pronoun falls
back to the article's own cues (titles, gendered roles).
"""

_FEMININE = """
    Ada Adèle Agathe Agnès Aïcha Alice Alicia Aline Amandine Amélie Amanda Amy Anaïs Angela Angèle
    Angélique Anna Anne Annie Annabelle Annette Anouk Anthea Antoinette Ariane Arielle Audrey
    Aurélie Aurore Barbara Béatrice Bérénice Bernadette Betty Brigitte Camila Carla Carmen Carol
    Caroline Catherine Cécile Céline Chantal Charlotte Chloé Christelle Christiane Christina
    Christine Claire Clara Clarisse Claudia Clémence Clotilde Colette Coralie Corinne Cynthia
    Cyrielle Daisy Danielle Delphine Denise Diana Diane Dolores Dora Dorothée Edith Édith Éléonore
    Elena Eliane Élisabeth Elisabeth Elizabeth Élise Ella Ellen Élodie Éloïse Elsa Emilia Émilie
    Emily Emma Emmanuelle Estelle Esther Eva Ève Fabienne Fanny Fatima Fatou Fiona Florence
    Françoise Frédérique Gabrielle Geneviève Georgia Georgette Géraldine Gisèle Giulia Grace
    Hannah Hélène Héloïse Henriette Hillary Hortense Ilhan Indira Inès Ingrid Irène Isabel
    Isabelle Jacqueline Jane Janet Janine Jeanne Jennifer Jessica Joëlle Joséphine Joy Judith
    Julia Julie Juliette
    Justine Kamala Karima Karine Kate Katherine Kathleen Katia Kelly Kristina Laetitia Laura Laure
    Laurence Léa Leila Leïla Léna Liliane Linda Lisa Louise Lucie Lucía Lucy Lydia Lydie Madeleine
    Maëlle Magali Manon Marcelle Margaret Margot Marguerite Maria María Marianne Marie Marina
    Marine Marion Marlène Martha Marthe Martine Mary Maryse Mathilde Maud Maya Mélanie Mélissa
    Michèle Michelle Mireille Monique Myriam Nadia Nadine Nancy Natacha Natalia Nathalie Nicole
    Nina Noémie Océane Odile Olga Olivia Ophélie Pascale Patricia Paula Paule Pauline Penny
    Perrine Priya Rachel Rachida Raphaëlle Rebecca Rita Rosa Rose Roselyne Ruth Sabine Sabrina
    Salomé Samia Sandra Sandrine Sarah Ségolène Séverine Sharon Simone Sofia Solène Sonia Sophie
    Stéphanie Susan Suzanne Sylvie Tatiana Teresa Thérèse Ursula Valérie Vanessa Véronique
    Victoria Violaine Virginie Yasmina Yvette Yvonne Zoé
"""

_MASCULINE = """
    Abdallah Adam Adrien Ahmed Alain Alan Albert Alexandre Alexis Alfred Ali Amir André Andrew
    Anthony Antoine Antonio Armand Arnaud Arthur Aurélien Baptiste Barack Basile Bastien Benjamin
    Benoît Bernard Bertrand Bill Bob Boris Bruno Bukayo Carlos Cédric Charles Christian Christophe
    Christopher Clément Cyril Damien Daniel David Dennis Denis Didier Dimitri Donald Dylan
    Edouard Édouard Édgar Emmanuel Enzo Éric Eric Erwan Étienne Fabien Fabrice Félix Fernand
    Florian Francis Franck François Frank Frédéric Gabriel Gary Gaston Gaël Georges George Gérald
    Gérard Gilbert Gilles Grégoire Grégory Guillaume Gustave Guy Harry Henri Henry Hervé Hugo
    Hugues Ibrahim Igor Jack Jacques James Jason Jean Jean-Claude Jean-François Jean-Luc
    Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jérémie Jérôme Jerome Jim Joe John Johnny
    Jonathan José Joseph Julien Justin Karim Keir Kevin Kylian Laurent Léo Léon Lionel Loïc Loïg
    Louis Luc Luca Lucas Ludovic Luis Marc Marcel Marco Marcus Mark Martin Mathieu Matthew
    Matthieu Maurice Max Maxime Michael Michel Mikel Mohamed Nathan Nicolas Noël Olivier Omar
    Oscar Pascal Patrice Patrick Paul Peter Philippe Pierre Quentin Raphaël Raymond Rémi Rémy
    Renaud René Richard Rishi Robert Rodrigo Roger Romain Ron Rubén Samuel Sébastien Serge Simon
    Stéphane Steve Steven Sylvain Théo Thibault Thierry Thomas Tim Timothée Tom Tony Valentin
    Victor Vincent Vladimir Walter William Xavier Yann Yannick Yves Zinedine
"""

FEMININE = frozenset(_FEMININE.split())
MASCULINE = frozenset(_MASCULINE.split())

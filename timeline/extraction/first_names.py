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

_FEMININE += """
    Abigail Adriana Agnieszka Aisha Alejandra Alexandra Alexia Alison Allison Amal Ana Anastasia
    Angelina Anita Anja Ann Anne-Marie Anne-Sophie Annick Antonella Apolline Assa Astrid Aude
    Aurélia Ayesha Beatrix Bénédicte Beth Bethany Beverly Bianca Blanche Brenda Bridget Brittany
    Candice Capucine Carine Carole Cassandra Catalina Cathy Cecilia Chiara Christa Claudine Coline
    Constance Corinna Cristina Dalila Daniela Deborah Débora Debra Delia Donna Doris Dorothy Edwige
    Eileen Elaine Eleanor Elif Eliza Eloise Elvira Emmanuella Erika Ernestine Eugénie Eve Evelyne
    Fabiola Farida Fatiha Fatoumata Félicie Flavie Francesca Frida Gaëlle Gemma Ghislaine Gina
    Gisela Gloria Greta Gwendoline Halima Hanna Harriet Heather Heidi Helen Helena Hilda Holly Ida
    Ilana Ines Irina Iris Isabella Ivanka Jacinda Jamila Jeanine Jenny Jill Joan Joanna Jocelyne
    Johanna Josiane Joyce Judy Julianne Karen Katarina Kathy Katrin Keira Kristin Laurie Leah Lena
    Léonie Lila Liliana Lina Lindsay Lise Liz Lola Lorraine Louisa Lucile Lucille Ludivine Luisa
    Lyne Maddie Magdalena Maggie Maïa Malika Marcela Margarita Mariam Marie-Claire Marie-France
    Marie-Hélène Marie-José Marisol Marjorie Marta Maureen Maxine Megan Melania Melinda Melissa
    Mercedes Meryl Mia Michaela Mila Mirka Miriam Mona Morgane Muriel Mylène Nabila Nadège Najat
    Naomi Natasha Nelly Nikki Noëlle Nora Norah Nour Odette Olena Oprah Paola Paulette Petra
    Philippine Pia Rania Rebekah Regina Renée Rihanna Rim Rosalie Roseline Roxane Safia Sally
    Samantha Sandy Sara Selena Serena Shakira Sheila Sibylle Silvia Simona Siobhan Solange Sonja
    Sophia Stella Suzy Svetlana Sybille Sylvia Tamara Tania Tess Tiffany Tina Ulla Valentina Vera
    Veronica Victoire Viktoria Viola Virginia Wendy Xenia Yael Yasmine Yolande Yulia Zahra Zeynep
    Zineb Zoe Zohra
"""

# English, Irish, Indian and South African names common in the press.
_FEMININE += """
    Aditi Ananya Anjali Aoife Ava Carrie Cheryl Chloe Ciara Deepika Erin Evelyn Freya Gillian
    Hayley Imogen Isla Jacinta Jasmine Jenna Jodie Katie Kavya Kayla Kirsty Kylie Lauren Lily
    Lucinda Mabel Meghan Molly Naledi Natalie Niamh Nicola Nomvula Orla Paige Pamela Phoebe
    Poppy Priyanka Rachael Rhiannon Rosie Ruby Saoirse Scarlett Sienna Sinéad Stacey Stephanie
    Sunita Thandiwe Tracey Tracy Zanele Zara
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

_MASCULINE += """
    Aaron Abdel Abdoulaye Abel Achille Adolphe Adrian Aimé Alberto Aldo Alejandro Alessandro
    Alfonso Allan Alphonse Amadou Amaury Ambroise Anatole Andreas Andrés Andrzej Angelo Anton
    Antony Aristide Arnold Augustin Axel Aymeric Bart Benedict Benoit Bernardo Blaise Bogdan
    Boubacar Brad Brandon Brian Bruce Bryan Calvin Cameron Carl Carlo Casimir Cesar César
    Christoph Chuck Colin Conor Corentin Craig Cristiano Curtis Dan Dario Darius Dave Dean Diego
    Dmitri Dominic Donatien Doug Douglas Duncan Dustin Ed Eddie Edgar Edmond Eduardo Edward Elias
    Elie Élie Elio Eliott Elliott Emeric Emile Émile Emilio Enrique Ernest Ethan Eugène Evan Ezra
    Fabio Faustin Federico Felipe Ferdinand Fernando Filip Florent Francesco Franz Fred Frédérick
    Gabin Gaëtan Gautier Geoffrey Geoffroy Gerhard Gianni Giorgio Giovanni Giuseppe Glenn Gordon
    Graham Greg Gregory Guillermo Gunther Gustavo Hamid Hans Harold Hassan Hector Helmut Herbert
    Hubert Ian Ignacio Isaac Ivan Jacob Jake Jamal Jean-Baptiste Jean-Christophe Jean-Jacques
    Jean-Louis Jean-Noël Jean-Yves Jeff Jeffrey Jens Jeremy Jesse Jesús Jimmy Joachim Joaquín Joël
    Johan Johannes Jon Jordi Jorge Josef Josh Joshua Juan Jules Julius Jürgen Kai Kamel Karl Keith
    Ken Kenneth Khalid Kurt Kyle Lamine Lars Larry Laszlo Leonard Leonardo Léonard Leopold
    Léopold Lewis Liam Lorenzo Lothar Lucien Ludwig Luigi Lukas Luke Malik Mamadou Manuel Marcelo
    Marius Mario Marvin Massimo Mateo Matteo Matthias Maxence Maximilien Mehdi Miguel Mike Mikhaïl
    Milan Mitch Mitchell Mohammed Moussa Nabil Nacer Napoléon Neil Nelson Nick Nigel Nikola Nikolaï
    Noah Norbert Olaf Oliver Ousmane Owen Pablo Paolo Patrik Pedro Pere Phil Philip Pierre-Yves
    Piotr Raúl Rafael Ralph Ramon Randy Raoul Ray Reza Ricardo Rick Rob Roberto Rodolphe Roland
    Rolf Ronald Rudy Russell Ryan Said Saïd Salvador Salvatore Sami Samir Sandro Santiago Scott
    Sean Sergei Sergio Seth Shane Silvio Stan Stanislas Stefan Stefano Stephen Stuart Sylvestre
    Tariq Ted Terry Thibaut Thiago Thorsten Timothy Tobias Todd Tommy Travis Tristan Ulrich
    Umberto Vadim Victorien Viktor Vittorio Volodymyr Wade Warren Wayne Werner Wilfried Will Willy
    Wolfgang Xi Yacine Yannis Yasser Youssef Yuri Yvan Zach Zachary Zoltan
"""

_MASCULINE += """
    Aiden Alfie Alistair Amit Andy Angus Anil Archie Arjun Barry Ben Billy Bobby Bradley Brendan
    Brett Callum Clive Connor Damian Danny Darren Declan Derek Desmond Eamon Eoin Euan Fraser
    Gareth Gavin Geoff Hamish Harvey Howard Hugh Jerry Joel Kieran Kofi Kwame Lachlan Malcolm
    Matt Narendra Niall Noel Rahul Rajesh Rhys Rohit Ronan Sanjay Seamus Shaun Sipho Suresh
    Thabo Toby Trevor Troy Vikram Vince Virat
"""

# International sport, culture and politics: Slavic, Nordic, Dutch, German, Italian, Iberian,
# Latin American, African, Arab, Turkish, Indian and Hebrew names the taggers often miss.
_FEMININE += """
    Aissata Aminata Anastasija Anushka Aryna Barbora Beatriz Belinda Chimamanda Coco Daria
    Dasha Ekaterina Elina Federica Fernanda Folake Freja Funke Gabriela Garbiñe Giorgia Iga
    Jelena Jessika Julija Kareena Karolina Katerina Katrina Khadija Layla Leyla Ludmila Madison
    Mariama Markéta Marketa Mirra Ngozi Nirmala Oksana Pilar Rashmika Rocío Shraddha Sigrid
    Smriti Sorana Yasmin Zainab
"""

_MASCULINE += """
    Aamir Abdelaziz Abdul Abdullah Achraf Ahmad Ahmet Ajay Akshay Aleksandar Aleksandr Alexander
    Alexei Alexey Alassane Alvaro Álvaro Amitabh Anatoly Anders Andrei Andriy Arjen Arvind Ashok
    Avi Bjorn Björn Borna Burak Carlos Casper Cheikh Christos Dieter Dimitris Dirk Dmitry Dries
    Dusan Dušan Egor Emeka Emre Erling Evgeny Faure Fumio Fyodor Gautam Gennady Gianluca Giannis
    Gonzalo Grigor Hakan Hakim Hardik Heinz Henrik Holger Horst Hrithik Hussein Idriss Ilya
    Ismail Itamar Jakub Jannik Jasper Jasprit Javier Jesper Jiri Jiří Joakim João Jonas Joost
    Jude Julian Kamil Karan Karol Kasper Kemal Khaled Kirill Klaus Koen Konstantin Kyriakos Luka
    Łukasz Lukasz Maarten Mads Magnus Mahmoud Manfred Manoj Marcin Mariano Markus Mateusz
    Mauricio Maurizio Mehmet Mikhail Mikkel Milos Miloš Morten Moustapha Muhammad Muhammadu
    Mukesh Mustafa Naftali Niklas Nikolai Nikos Nils Nitin Novak Oleg Oleksandr Oumar Pankaj
    Pavel Petr Pieter Primoz Primož Rainer Rajiv Ranbir Ranveer Rasmus Ravi Ravindra Recep Remco
    Riyad Rui Rustam Ruud Sachin Sadio Salman Sander Sebastian Sergey Seydou Shikhar Shubman
    Siddharth Sidharth Sindre Sofiane Souleymane Sunil Sven Tadej Takeshi Tarek Thijs Tiago Timo
    Tomas Tomáš Torsten Uhuru Uwe Varun Vijay Vinicius Vinícius Vinod Vitaly Vladislav Walid
    Wojciech Wout Wouter Yahya Yair Yassine Yaya Yevgeny Yoav Yoweri Youssouf Yury Zbigniew
"""

# A name in both lists says no gender.
FEMININE = frozenset(_FEMININE.split()) - frozenset(_MASCULINE.split())
MASCULINE = frozenset(_MASCULINE.split()) - frozenset(_FEMININE.split())

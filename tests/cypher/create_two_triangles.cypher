// Test fixture: two triangles joined by one weak edge; community detection must split them.
CREATE (a1:T {name: 'a1'}), (a2:T {name: 'a2'}), (a3:T {name: 'a3'}),
       (b1:T {name: 'b1'}), (b2:T {name: 'b2'}), (b3:T {name: 'b3'}),
       (a1)-[:R]->(a2), (a2)-[:R]->(a3), (a3)-[:R]->(a1),
       (b1)-[:R]->(b2), (b2)-[:R]->(b3), (b3)-[:R]->(b1),
       (a3)-[:R]->(b1)

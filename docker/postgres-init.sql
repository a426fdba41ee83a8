-- The api keeps its data in "noteshop" (created by POSTGRES_DB); Medusa keeps its own in "commerce".
CREATE DATABASE commerce OWNER noteshop;

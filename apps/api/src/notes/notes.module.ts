import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { MyNotesController } from './my-notes.controller';
import { NoteDetailRepository } from './note-detail.repository';
import { NotesController } from './notes.controller';
import { NotesRepository } from './notes.repository';
import { NotesService } from './notes.service';

@Module({
  imports: [CatalogModule],
  controllers: [NotesController, MyNotesController],
  providers: [NotesService, NotesRepository, NoteDetailRepository],
})
export class NotesModule {}

;; A `br_table` carrying a value: each target gets it through a stub.

(module
  (func (export "f") (param $i i32) (param $v i32) (result i32)
    (block $a (result i32) (block $b (result i32)
      (br_table $a $b $a (i32.add (local.get $v) (i32.const 1)) (local.get $i)))
      (i32.const 10) (i32.add))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000070
;;     1e: mov     eax,[rbp+0x10]
;;     23: add     eax,1
;;     27: mov     ecx,[rbp+0x18]
;;     2c: mov     r11d,2
;;     32: cmp     ecx,2
;;     39: cmovae  ecx,r11d
;;     3d: lea     r11,[0x4F]
;;     44: lea     rcx,[rcx+rcx*4]
;;     49: add     r11,rcx
;;     4c: jmp     r11
;;     4f: jmp     0x000000000000005E
;;     54: jmp     0x0000000000000063
;;     59: jmp     0x000000000000005E
;;     5e: jmp     0x000000000000006C
;;     63: jmp     0x0000000000000068
;;     68: add     eax,0xA
;;     6c: leave
;;     6d: ret     0x10
;;     70: cmp     dword ptr [r11+0x14],0
;;     79: jne     0x000000000000008F
;;     7f: cmp     rax,[r11+0x38]
;;     84: jb      0x00000000000000A9
;;     8a: jmp     0x000000000000001E
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x20
;;     9d: mov     eax,0xA
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x20
;;     b7: mov     eax,9
;;     bd: mov     rsp,[r11+8]
;;     c2: ret

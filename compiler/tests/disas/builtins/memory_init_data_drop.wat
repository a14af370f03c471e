;; `memory.init` packs the segment and memory indices; `data.drop` cannot trap, so no
;; trap test follows its call.
;; Finding: the destination, a parameter already in its frame slot, is pushed to the
;; machine stack and read back from there before the call (`push [rbp+0x10]` …
;; `mov edx,[rbp-0x10]`), and the constant 0 is loaded with `mov ecx,0`.

(module
  (memory 1)
  (data $d "hello")
  (func (export "f") (param $dst i32)
    (memory.init $d (local.get $dst) (i32.const 0) (i32.const 5))
    (data.drop $d)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000088
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     r8d,5
;;     29: mov     ecx,0
;;     2f: mov     edx,[rbp-0x10]
;;     34: lea     rsp,[rsp+8]
;;     39: xor     esi,esi
;;     3c: mov     rdi,r14
;;     3f: mov     r11,rsp
;;     42: and     rsp,0xFFFFFFFFFFFFFFF0
;;     46: sub     rsp,8
;;     4a: push    r11
;;     4c: mov     r11,[r14]
;;     51: call    qword ptr [r11+0x60] ; memory.init
;;     56: mov     rsp,[rsp]
;;     5a: test    edx,edx
;;     5d: jne     0x00000000000000DB
;;     63: xor     esi,esi
;;     66: mov     rdi,r14
;;     69: mov     r11,rsp
;;     6c: and     rsp,0xFFFFFFFFFFFFFFF0
;;     70: sub     rsp,8
;;     74: push    r11
;;     76: mov     r11,[r14]
;;     7b: call    qword ptr [r11+0x68] ; data.drop
;;     80: mov     rsp,[rsp]
;;     84: leave
;;     85: ret     8
;;     88: cmp     dword ptr [r11+0x14],0
;;     91: jne     0x00000000000000A7
;;     97: cmp     rax,[r11+0x38]
;;     9c: jb      0x00000000000000C1
;;     a2: jmp     0x000000000000001E
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x26
;;     b5: mov     eax,0xA
;;     bb: mov     rsp,[r11+8]
;;     c0: ret
;;     c1: mov     r11,[r14]
;;     c6: mov     qword ptr [r11+0x18],0x26
;;     cf: mov     eax,9
;;     d5: mov     rsp,[r11+8]
;;     da: ret
;;     db: mov     r11,[r14]
;;     e0: mov     qword ptr [r11+0x18],0x2D
;;     e9: mov     eax,edx
;;     ec: mov     rsp,[r11+8]
;;     f1: ret

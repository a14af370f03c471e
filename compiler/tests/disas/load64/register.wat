;; A 64-bit memory: the address is checked explicitly. The end of the access
;; (address + offset + 4) is formed in the index register (a carry traps), compared
;; with the memory's length, and the access addresses base + end - 4.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.load offset=16 (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,0x14
;;     27: jb      0x000000000000009E
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009E
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     eax,[r11+rax-4]
;;     47: leave
;;     48: ret     8
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x24
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x24
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x27
;;     ac: mov     eax,5
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; A 64-bit memory that is not memory 0: its base comes from the VMContext after the
;; check, and memory.size of it is an i64.

(module
  (memory 1)
  (memory $m i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.load $m (local.get $a)))
  (func (export "size") (result i64)
    (memory.size $m)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,4
;;     27: jb      0x000000000000009E
;;     2d: mov     r11,[r14+0x28]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009E
;;     3d: mov     r11,[r14+0x20]
;;     42: mov     eax,[r11+rax-4]
;;     47: leave
;;     48: ret     8
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x32
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x32
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x35
;;     ac: mov     eax,5
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 1 (export "size"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: mov     rax,[r14+0x28]
;;     23: mov     rax,[rax+8]
;;     28: shr     rax,0x10
;;     2c: leave
;;     2d: ret     8
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x3B
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x3B
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret
